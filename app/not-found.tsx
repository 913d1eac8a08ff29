// Any page the app does not have.
import Link from "next/link";

export default function NotFound() {
  return (
    <main className="app" style={{ display: "grid", placeItems: "center", minHeight: "100vh", padding: 24 }}>
      <div style={{ display: "grid", gap: 12, maxWidth: 420 }}>
        <h1 style={{ fontSize: "1.25rem" }}>There is no such page in Axis Atlas.</h1>
        <p className="muted">The map of links is on the home page.</p>
        <Link href="/" className="button" style={{ justifySelf: "start", textDecoration: "none" }}>
          Go to the map
        </Link>
      </div>
    </main>
  );
}
