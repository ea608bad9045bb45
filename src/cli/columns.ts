// Plain-text tables for the listing commands: columns padded by display width (a Han character takes two cells), the
// last column left as it is.
import { displayWidth, padEndDisplay } from '../text/display-width.js';

export function formatColumns(header: string[], rows: string[][]): string {
  const widths = header.slice(0, -1).map((cell, column) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column]))));
  const render = (row: string[]) => row.map((cell, column) => (column < widths.length ? padEndDisplay(cell, widths[column]) : cell)).join('  ');
  return `${[render(header), ...rows.map(render)].join('\n')}\n`;
}
