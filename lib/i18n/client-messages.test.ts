import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { ADMIN_CLIENT_NAMESPACES, adminClientMessages, clientMessages, SERVER_ONLY_NAMESPACES } from "./client-messages";

describe("which messages reach the browser", () => {
  it("keeps every admin screen's namespace out of the root layout's payload (the public dashboard's)", () => {
    const sent = clientMessages(en);
    for (const ns of ["adminForm", "adminPages", "adminAudit", "adminManage", "adminImport", "adminEvents"]) expect(sent, ns).not.toHaveProperty(ns);
    expect(sent).toHaveProperty("dashboard");
  });

  it("gives the admin layout's provider the client namespaces plus the admin client ones, and never the server-only pages'", () => {
    const sent = adminClientMessages(en);
    for (const ns of ADMIN_CLIENT_NAMESPACES) expect(sent, ns).toHaveProperty(ns);
    for (const ns of Object.keys(clientMessages(en))) expect(sent, ns).toHaveProperty(ns);
    for (const ns of SERVER_ONLY_NAMESPACES.filter((n) => !(ADMIN_CLIENT_NAMESPACES as readonly string[]).includes(n))) expect(sent, ns).not.toHaveProperty(ns);
  });

  it("names every admin namespace messages/en.json has as server-only", () => {
    const admin = Object.keys(en).filter((ns) => /^admin[A-Z]/.test(ns));
    expect(admin.filter((ns) => !(SERVER_ONLY_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });
});
