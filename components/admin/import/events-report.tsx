// The report of an own-format (CSV/JSON) check or import, and the invalid rows of one that was refused.
import styles from "@/components/admin/admin.module.css";
import type { ApiIssue } from "@/components/admin/api";
import type { EventsImportReport } from "@/lib/schemas/import";
import own from "./import.module.css";
import { Figures, NewLinks } from "./report-parts";

/** An events file's report; `would`: it was a check. */
export function EventsReport({ report, would }: { report: EventsImportReport; would: boolean }) {
  return (
    <>
      <Figures
        items={[
          ["Rows", report.rows],
          [would ? "Events to add" : "Events added", report.imported],
          ["Already in the atlas", report.alreadyPresent],
          [would ? "New links" : "Links created", report.linksCreated],
        ]}
      />
      <NewLinks ids={report.newLinks} total={report.linksCreated} would={would} />
    </>
  );
}

/** Every problem the server listed (row first, then the field), at most 200 shown; none when `message` says it all. */
export function IssueList({ issues, message }: { issues: ApiIssue[]; message: string }) {
  if (!issues.length || (issues.length === 1 && message.includes(issues[0]!.message))) return null;
  return (
    <ul className={own.examples}>
      {issues.slice(0, 200).map((issue, i) => (
        <li key={i}>
          <span className={own.where}>
            {typeof issue.path[0] === "number" ? `row ${issue.path[0]}${issue.path.length > 1 ? ` · ${issue.path.slice(1).join(".")}` : ""}` : issue.path.join(".")}
          </span>{" "}
          <span className={own.what}>{issue.message}</span>
        </li>
      ))}
      {issues.length > 200 ? <li className={styles.hint}>…and {issues.length - 200} more.</li> : null}
    </ul>
  );
}
