/**
 * What a terminal would show after a stream of output: a small VT100 model of the escapes the
 * live display writes (cursor up/down/column, erase line, colours and modes ignored).
 */
export function screenAfter(output: string): string[] {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = (): string[] => (rows[row] ??= []);
  const csi = /^\u001b\[([?\d;]*)([A-Za-z])/;
  for (let i = 0; i < output.length; ) {
    const rest = output.slice(i);
    const escape = csi.exec(rest);
    if (escape) {
      const [all, params, verb] = escape;
      const n = params && !params.startsWith('?') ? Number(params.split(';')[0]) || 1 : 1;
      if (verb === 'A') row = Math.max(0, row - n);
      else if (verb === 'B') row += n;
      else if (verb === 'G') col = Math.max(0, (params ? Number(params) : 1) - 1);
      else if (verb === 'K') {
        if (params === '2') rows[row] = [];
        else line().length = Math.min(line().length, col);
      } else if (verb === 'J') rows.length = row + 1;
      i += all!.length;
      continue;
    }
    const ch = [...rest][0]!;
    i += ch.length;
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row++;
      line();
    } else if (ch >= ' ') {
      const cells = line();
      while (cells.length < col) cells.push(' ');
      cells[col++] = ch;
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows.map((cells) => cells.join('').trimEnd());
}
