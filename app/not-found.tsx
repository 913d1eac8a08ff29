// Any page the app does not have.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="app" style={{ display: "grid", placeItems: "center", minHeight: "100vh", padding: 24 }}>
      <div style={{ display: "grid", gap: 12, maxWidth: 420 }}>
        <h1 style={{ fontSize: "1.25rem" }}>{t("title")}</h1>
        <p className="muted">{t("body")}</p>
        <Link href="/" className="button" style={{ justifySelf: "start", textDecoration: "none" }}>
          {t("action")}
        </Link>
      </div>
    </main>
  );
}
