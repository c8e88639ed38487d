import type ExcelJS from 'exceljs';

/**
 * A small evaluator of the Excel formulas the funder report writes (arithmetic, comparisons, IF,
 * ISNUMBER, SUM, SUMIF, COUNT, MIN, cell and range references across sheets), so a test can
 * recalculate the workbook as Excel would, independently of the values Wijknet cached in it.
 */
type Scalar = number | string | boolean | null;
type Val = Scalar | Scalar[];

export class Workbook {
  private memo = new Map<string, Scalar>();
  constructor(private wb: ExcelJS.Workbook) {}

  /** Change an input cell (an assumption) and forget every computed value. */
  set(sheet: string, ref: string, value: number) {
    this.wb.getWorksheet(sheet)!.getCell(ref).value = value;
    this.memo.clear();
  }

  cell(sheet: string, ref: string): Scalar {
    const key = `${sheet}!${ref}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    const v = this.wb.getWorksheet(sheet)!.getCell(ref).value;
    let out: Scalar;
    if (v && typeof v === 'object' && 'formula' in v)
      out = this.evaluate(sheet, (v as ExcelJS.CellFormulaValue).formula);
    else if (v === undefined || (typeof v === 'object' && v !== null)) out = null;
    else out = v as Scalar;
    this.memo.set(key, out);
    return out;
  }

  evaluate(sheet: string, formula: string): Scalar {
    const tokens = formula.match(
      /"[^"]*"|[A-Za-z ]+!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?(?:e-?\d+)?|>=|<=|[-+*/^(),<>=]/g,
    )!;
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    const num = (v: Val): number => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0);
    const range = (ref: string): Scalar[] => {
      const [sh, cells] = ref.includes('!') ? ref.split('!') : [sheet, ref];
      const [from, to] = cells.replace(/\$/g, '').split(':');
      if (!to) return [this.cell(sh, from)];
      const parse = (r: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(r)!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        return { col, row: Number(m[2]) };
      };
      const a = parse(from);
      const b = parse(to);
      const out: Scalar[] = [];
      for (let row = a.row; row <= b.row; row++)
        for (let col = a.col; col <= b.col; col++) {
          let letters = '';
          for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
            letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
          out.push(this.cell(sh, `${letters}${row}`));
        }
      return out;
    };
    const args = (): Val[] => {
      const list: Val[] = [];
      next(); // (
      if (peek() === ')') return (next(), list);
      for (;;) {
        list.push(expr());
        if (next() === ')') return list;
      }
    };
    const call = (name: string): Val => {
      const a = args();
      const flat = (v: Val) => (Array.isArray(v) ? v : [v]);
      switch (name) {
        case 'IF':
          return a[0] ? a[1] : (a[2] ?? false);
        case 'ISNUMBER':
          return typeof a[0] === 'number';
        case 'SUM':
          return a.flatMap(flat).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
        case 'COUNT':
          return a.flatMap(flat).filter((v) => typeof v === 'number').length;
        case 'MIN':
          return Math.min(...a.flatMap(flat).filter((v): v is number => typeof v === 'number'));
        case 'SUMIF': {
          const where = flat(a[0]);
          const values = flat(a[2]);
          return where.reduce<number>(
            (s, w, k) => (w === a[1] && typeof values[k] === 'number' ? s + (values[k] as number) : s),
            0,
          );
        }
      }
      throw new Error(`function ${name}`);
    };
    const primary = (): Val => {
      const t = next();
      if (t === '(') {
        const v = expr();
        next();
        return v;
      }
      if (t === '-') return -num(primary());
      if (t.startsWith('"')) return t.slice(1, -1);
      if (/^\d/.test(t)) return Number(t);
      if (peek() === '(' && /^[A-Z]+$/.test(t)) return call(t);
      const cells = range(t);
      return t.includes(':') ? cells : cells[0];
    };
    const power = (): Val => {
      let v = primary();
      while (peek() === '^') {
        next();
        v = num(v) ** num(primary());
      }
      return v;
    };
    const term = (): Val => {
      let v = power();
      while (peek() === '*' || peek() === '/') v = next() === '*' ? num(v) * num(power()) : num(v) / num(power());
      return v;
    };
    const additive = (): Val => {
      let v = term();
      while (peek() === '+' || peek() === '-') v = next() === '+' ? num(v) + num(term()) : num(v) - num(term());
      return v;
    };
    const expr = (): Val => {
      const v = additive();
      const op = peek();
      if (op === '>=' || op === '<=' || op === '>' || op === '<' || op === '=') {
        next();
        const w = additive();
        if (op === '=') return v === w;
        const [x, y] = [num(v), num(w)];
        return op === '>=' ? x >= y : op === '<=' ? x <= y : op === '>' ? x > y : x < y;
      }
      return v;
    };
    const v = expr();
    if (i !== tokens.length) throw new Error(`left over in ${formula}: ${tokens.slice(i).join(' ')}`);
    return Array.isArray(v) ? (v[0] ?? null) : v;
  }
}
