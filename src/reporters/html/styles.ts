// The HTML report's style sheet, inlined in the page: system fonts only (no web fonts, no requests), readable in print.

export const REPORT_CSS = `
:root {
  --text: #1f2328; --muted: #59636e; --line: #d8dee4; --panel: #f6f8fa; --accent: #0b5cad;
  --error: #c62828; --warning: #b26a00; --info: #1565c0; --sensitive: #8e24aa; --mark: #fff1a8;
  font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 1.55; color: var(--text); background: #fff;
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: .02em; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
.lead { color: var(--muted); margin: 0; }
code, td.pos, td.rule, .path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }

.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin: 20px 0 0; }
.figure { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.figure dt { color: var(--muted); font-size: 13px; }
.figure dd { margin: 2px 0 0; font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.figure.error dd { color: var(--error); }
.figure.warning dd { color: var(--warning); }
.figure.info dd { color: var(--info); }
.figure.sensitive dd { color: var(--sensitive); }
.figure.alert { border-color: var(--error); background: #fdecea; }
.figure.alert dd { color: var(--error); }
.clean { font-size: 17px; color: #1a7f37; margin: 20px 0; }

.charts { display: flex; flex-wrap: wrap; gap: 16px 40px; }
.chart { margin: 0; flex: 1 1 520px; max-width: 640px; }
.chart figcaption { font-weight: 600; margin: 0 0 6px; }
.chart svg { max-width: 100%; height: auto; font-size: 13px; font-family: inherit; }
.chart .label { fill: var(--text); }
.chart .count { fill: var(--muted); font-variant-numeric: tabular-nums; }
.chart rect.error, .legend .error { fill: var(--error); background: var(--error); }
.chart rect.warning, .legend .warning { fill: #e09a1a; background: #e09a1a; }
.chart rect.info, .legend .info { fill: #5b8fd0; background: #5b8fd0; }
.js .chart .bar[data-filter] { cursor: pointer; }
.js .chart .bar[data-filter]:hover rect, .chart .bar:focus rect { opacity: .75; }
.chart .bar:focus { outline: none; }
.legend { color: var(--muted); font-size: 13px; margin: 4px 0 0; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 12px; }
.legend i:first-child { margin-left: 0; }

.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 10px 16px; background: var(--panel); border: 1px solid var(--line);
  border-radius: 8px; padding: 12px 14px; margin: 0 0 12px; position: sticky; top: 0; z-index: 1; }
.filters[hidden] { display: none; }
.filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); gap: 2px; }
.filters select { font: inherit; font-size: 14px; color: var(--text); padding: 4px 6px; border: 1px solid #b7c0c9; border-radius: 6px;
  background: #fff; max-width: 260px; }
.filters button { font: inherit; font-size: 14px; padding: 5px 12px; border: 1px solid #b7c0c9; border-radius: 6px; background: #fff; cursor: pointer; }
.filters button:hover { background: #eef1f4; }
.shown-line { color: var(--muted); margin: 0 0 10px; }
.n-of { display: none; }
.filtering .n-of { display: inline; }

details.file { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 10px; background: #fff; }
details.file[hidden] { display: none; }
details.file > summary { cursor: pointer; padding: 8px 12px; background: var(--panel); border-radius: 8px; display: flex;
  flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
details.file[open] > summary { border-bottom: 1px solid var(--line); border-radius: 8px 8px 0 0; }
.path { font-weight: 600; word-break: break-all; }
.unit { color: var(--accent); font-size: 14px; }
.unit.none { color: var(--muted); }
.n { color: var(--muted); font-size: 13px; margin-left: auto; }

table.findings { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.findings th { text-align: left; font-weight: normal; color: var(--muted); font-size: 12px; padding: 4px 10px; }
table.findings th.pos { width: 84px; }
table.findings th.tags { width: 176px; }
table.findings th.rule { width: 168px; }
table.findings td { border-top: 1px solid #eaeef2; padding: 7px 10px; vertical-align: top; }
tr.finding[hidden] { display: none; }
td.pos { color: var(--muted); font-size: 13px; word-break: break-all; }
td.rule { color: var(--muted); font-size: 13px; word-break: break-all; }
.tag { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 6px; border-radius: 4px; margin: 0 4px 2px 0;
  border: 1px solid currentColor; }
.tag.error { color: var(--error); }
.tag.warning { color: var(--warning); }
.tag.info { color: var(--info); }
.tag.urgent { color: #fff; background: var(--error); border-color: var(--error); }
.tag.mistake { color: #37474f; }
.tag.sensitive { color: var(--sensitive); }
.tag.fixable { color: #1a7f37; }
.tag.fatal { color: #fff; background: #57606a; border-color: #57606a; }
.msg { margin: 0; }
.ctx { margin: 4px 0 0; padding: 4px 8px; background: var(--panel); border-radius: 4px; font-size: 14px; color: var(--muted);
  white-space: pre-wrap; word-break: break-all; }
.ctx mark { background: var(--mark); color: var(--text); padding: 0 1px; border-radius: 2px; box-shadow: inset 0 -2px 0 #e0b400; }
.ctx mark.insert { background: none; box-shadow: none; color: var(--error); font-weight: 700; }
.sug { margin: 4px 0 0; color: #1a7f37; font-size: 14px; }
.sug q { quotes: "“" "”"; font-weight: 600; }

table.rules { border-collapse: collapse; width: 100%; font-size: 14px; }
table.rules th, table.rules td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
table.rules th { color: var(--muted); font-weight: normal; font-size: 13px; }
table.rules td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.rules td.rule { width: 200px; word-break: break-all; }
table.rules td.nowrap, table.rules th { white-space: nowrap; }
footer { margin-top: 32px; color: var(--muted); font-size: 13px; }
@media print {
  .filters { display: none; }
  details.file > summary { background: none; }
  body { max-width: none; padding: 0; }
}
`;
