// "/": the dashboard. (Foundation version: the links as a list; the map arrives with the map issue.)
import { listLinks } from "@/lib/server/list-links";
import { formatEventDate } from "@/lib/domain/date-precision";

export default async function HomePage() {
  const links = await listLinks({});
  return (
    <main style={{ padding: "2rem", maxWidth: 820, margin: "0 auto" }}>
      <h1>Axis Atlas</h1>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <strong>{link.countryNames.join(" – ")}</strong>: {link.eventCount} events
            {link.lastEventOn && link.lastEventPrecision
              ? `, last ${formatEventDate(link.lastEventOn, link.lastEventPrecision)}`
              : ""}
          </li>
        ))}
      </ul>
    </main>
  );
}
