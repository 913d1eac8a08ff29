// GDELT event files are tab-separated with no header. Three layouts share their first 35 columns (ids,
// date, actors, CAMEO codes, Goldstein, counts, tone); they differ only in the geography block and in
// whether the last column is SOURCEURL. The layout is told apart by the number of columns in each row.

export type GdeltLayout = "gdelt2" | "gdelt1-daily" | "gdelt1-historical";

export interface LayoutColumns {
  layout: GdeltLayout;
  columns: number;
  dateAdded: number;
  /** -1 when the layout has no SOURCEURL column. */
  sourceUrl: number;
}

/** The columns common to every layout (0-based). */
export const COL = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Name: 6,
  Actor1CountryCode: 7,
  Actor2Name: 16,
  Actor2CountryCode: 17,
  IsRootEvent: 25,
  EventCode: 26,
  EventBaseCode: 27,
  EventRootCode: 28,
  QuadClass: 29,
  GoldsteinScale: 30,
  NumMentions: 31,
  NumSources: 32,
  NumArticles: 33,
  AvgTone: 34,
} as const;

export const LAYOUTS: Record<number, LayoutColumns> = {
  // GDELT 2.0 event export (15-minute files): 61 columns, DATEADDED is YYYYMMDDHHMMSS.
  61: { layout: "gdelt2", columns: 61, dateAdded: 59, sourceUrl: 60 },
  // GDELT 1.0 daily updates (2013-04 on): no *Geo_ADM2Code columns, DATEADDED is YYYYMMDD.
  58: { layout: "gdelt1-daily", columns: 58, dateAdded: 56, sourceUrl: 57 },
  // GDELT 1.0 historical backfiles (1979-2013): also without SOURCEURL.
  57: { layout: "gdelt1-historical", columns: 57, dateAdded: 56, sourceUrl: -1 },
};
