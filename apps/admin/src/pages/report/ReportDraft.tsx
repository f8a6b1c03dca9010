// The drafted report as a document: title, addressee, the sections with their headings and
// paragraphs (a line like （一）强化领导 is a sub-heading), issuer and date. Everything is rendered as
// text: the report holds staff-written and member-written words, never markup.
import type { AnnualReportQuery } from "@jyta/client";
import { Tag, Typography } from "antd";
import { useT } from "../../i18n";
import styles from "./report.module.css";

type Report = AnnualReportQuery["annualReport"];

const SUB_HEADING = /^（[一二三四五六七八九十]+）\S{1,30}$/;

export function ReportDraft({ report }: { report: Report }) {
  const t = useT();
  const r = t.report;
  return (
    <article className={styles.paper} aria-label={report.title}>
      <h2 className={styles.title}>{report.title}</h2>
      <p className={styles.addressee}>{r.addresseeLine(report.addressee)}</p>
      {report.sections.map((section) => (
        <section key={section.key} aria-label={section.heading ?? undefined}>
          {section.heading ? (
            <h3 className={styles.heading}>
              {section.heading}
              {section.editable ? (
                <Tag className={styles.badge} color={section.isDefault ? "default" : "blue"}>
                  {section.isDefault ? r.defaultWording : r.edited}
                </Tag>
              ) : null}
            </h3>
          ) : section.editable ? (
            <Tag className={styles.badge} color={section.isDefault ? "default" : "blue"}>
              {section.isDefault ? r.defaultWording : r.edited}
            </Tag>
          ) : null}
          {section.paragraphs.map((p, i) =>
            SUB_HEADING.test(p.trim()) ? (
              <h4 key={i} className={styles.subHeading}>
                {p}
              </h4>
            ) : (
              <p key={i} className={styles.paragraph}>
                {p}
              </p>
            ),
          )}
        </section>
      ))}
      <div className={styles.signature}>
        <Typography.Text>{report.issuer}</Typography.Text>
        <Typography.Text>{report.issuedOn}</Typography.Text>
      </div>
    </article>
  );
}
