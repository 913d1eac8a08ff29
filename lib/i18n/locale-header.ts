/** The request header proxy.ts writes the negotiated locale into, for the server's render (lib/i18n/request.ts). */
export const LOCALE_HEADER = "x-axis-locale";
