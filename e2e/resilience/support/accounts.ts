// The accounts create-database.ts adds to every resilience database.
export const ACCOUNTS = {
  admin: { email: "admin@resilience.test", password: "resilience-admin-password" },
  editor: { email: "editor@resilience.test", password: "resilience-editor-password" },
};
