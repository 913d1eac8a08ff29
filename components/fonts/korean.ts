// Noto Sans KR's @font-face rules (124 unicode-range subsets, ~88 KB of CSS): loaded by components/script-fonts.tsx
// only on a page with Hangul, and then the browser fetches only the subsets whose characters are on the page.
import "@fontsource-variable/noto-sans-kr";
