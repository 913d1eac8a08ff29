// Vazirmatn's @font-face rules (Arabic script, for Persian): loaded by components/script-fonts.tsx only on a page
// with Arabic-script text.
import "@fontsource-variable/vazirmatn";
