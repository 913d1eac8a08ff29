// Noto Sans SC's @font-face rules (101 unicode-range subsets, ~100 KB of CSS): loaded by components/script-fonts.tsx
// only on a page with Han characters; the browser then fetches only the subsets in use.
import "@fontsource-variable/noto-sans-sc";
