// Which members of a zip hold data: shared by the line reader (read-lines.ts, on the server) and the format
// detection (detect-format.ts, in the browser too), so both read the same "first data file" of a zip.

/**
 * Whether a zip member holds data: not a directory, and not the metadata macOS's Archive Utility adds to every
 * zip it makes (the __MACOSX/ folder and AppleDouble "._name" files, binary resource forks that read as rows).
 */
export function isDataMember(name: string): boolean {
  if (name.endsWith("/")) return false;
  if (name.startsWith("__MACOSX/")) return false;
  const base = name.slice(name.lastIndexOf("/") + 1);
  return !base.startsWith("._") && base !== ".DS_Store";
}
