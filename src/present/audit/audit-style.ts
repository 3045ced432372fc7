/** The audit page's look: black on white, system fonts, tables that print well, plots that never split across pages. */
export const AUDIT_STYLE = `
body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #111; padding-bottom: .2rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-style: italic; padding-bottom: .3rem; }
th, td { border: 1px solid #666; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
th[scope=row] { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: .75rem 0; }
svg.chart { max-width: 100%; height: auto; font: 13px system-ui, sans-serif; fill: #111; }
.legend ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; margin: .25rem 0; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.legend-title { font-weight: bold; margin: .25rem 0 0; }
section.group { border-top: 1px solid #999; margin-top: 1.5rem; }
@media print {
  @page { margin: 15mm; }
  main { max-width: none; padding: 0; }
  figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3, h4 { break-after: avoid; }
}
`;
