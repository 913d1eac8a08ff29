// Shown while the server prefetches the atlas: the page's frame with placeholders, no spinner.
export default function Loading() {
  return (
    <div className="app" aria-busy="true">
      <header className="topbar">
        <div className="topbar__brand">
          <p className="topbar__title">Axis Atlas</p>
          <p className="topbar__subtitle">Loading the atlas…</p>
        </div>
      </header>
      <main className="stage">
        <div className="map-region">
          <div className="atlas-map atlas-map--placeholder" />
        </div>
        <div className="rail">
          <div className="skeleton" role="status">
            <span className="visually-hidden">Loading links</span>
            {[88, 72, 80, 64, 76, 70].map((w, i) => (
              <span key={i} className="skeleton__line" style={{ width: `${w}%` }} aria-hidden="true" />
            ))}
          </div>
        </div>
      </main>
    </div>
  );
}
