// The report of an own-format (CSV/JSON) check or import, and the invalid rows of one that was refused.
import { useLocale, useTranslations } from "next-intl";
import styles from "@/components/admin/admin.module.css";
import type { ApiIssue } from "@/components/admin/api";
import type { EventsImportReport } from "@/lib/schemas/import";
import own from "./import.module.css";
import { Figures, NewLinks } from "./report-parts";

/** An events file's report; `would`: it was a check. */
export function EventsReport({ report, would }: { report: EventsImportReport; would: boolean }) {
  const t = useTranslations("adminImport");
  return (
    <>
      <Figures
        items={[
          [t("figure.rows"), report.rows],
          [would ? t("figure.toAdd") : t("figure.added"), report.imported],
          [t("figure.already"), report.alreadyPresent],
          [would ? t("figure.newLinks") : t("figure.linksCreated"), report.linksCreated],
        ]}
      />
      <NewLinks ids={report.newLinks} total={report.linksCreated} would={would} />
    </>
  );
}

/** Every problem the server listed (row first, then the field), at most 200 shown; none when `message` says it all. */
export function IssueList({ issues, message }: { issues: ApiIssue[]; message: string }) {
  const t = useTranslations("adminImport");
  if (!issues.length || (issues.length === 1 && message.includes(issues[0]!.message))) return null;
  return (
    <ul className={own.examples}>
      {issues.slice(0, 200).map((issue, i) => (
        <li key={i}>
          <span className={own.where}>
            {typeof issue.path[0] === "number"
              ? issue.path.length > 1
                ? t("rowPath", { row: issue.path[0], path: issue.path.slice(1).join(".") })
                : t("row", { row: issue.path[0] })
              : issue.path.join(".")}
          </span>{" "}
          <span className={own.what}>{issue.message}</span>
        </li>
      ))}
      {issues.length > 200 ? <li className={styles.hint}>{t("moreIssues", { count: issues.length - 200 })}</li> : null}
    </ul>
  );
}
