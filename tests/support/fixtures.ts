// A valid event body for the write API; tests change one field at a time.
export const validEvent = {
  title: "Test delegation to Moscow",
  summary: "A test event.",
  date: "2024-05-01",
  precision: "month",
  countries: ["KP", "RU"],
  category: "diplomatic_visit",
  evidence: "reported",
  score: 1.9,
  sources: [{ url: "https://example.org/report", publisher: "Example Wire", title: "A report", publishedOn: "2024-05-02" }],
};
