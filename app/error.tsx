"use client";
// The page failed to render (not a failed fetch: those have their own Retry in place).
import { useEffect } from "react";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="app" style={{ display: "grid", placeItems: "center", minHeight: "100vh", padding: 24 }}>
      <div className="error-state" role="alert" style={{ maxWidth: 420 }}>
        <h1 className="error-state__title">The atlas could not be shown.</h1>
        <p className="error-state__detail">Something went wrong while preparing the page. Trying again usually helps.</p>
        <button type="button" className="button" onClick={reset}>
          Retry
        </button>
      </div>
    </main>
  );
}
