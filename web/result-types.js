// The shapes the page's scripts pass around, as JSDoc types (no code: the page does not load this
// file; an editor or `tsc --checkJs` reads it with the others). GK.Result is the checker's JSON
// result of ../shared/spec/json-output.md as the worker hands it over; GK.PageState is the state the
// page's parts share (web/page.js).

/**
 * @typedef {Object} GK.CellRef  A cell of a table: table key, row key, column key.
 * @property {'active'|'applications'|'review_litigation'} table
 * @property {string} row     e.g. "denied.state_secret"
 * @property {string} column  e.g. "natural_person"
 */

/**
 * @typedef {Object} GK.Span  A place in the text (1-based line/column in characters; offset/length
 *   in UTF-16 code units, for setSelectionRange).
 * @property {number} [line]
 * @property {number} [column]
 * @property {number} [offset]
 * @property {number} [length]
 */

/**
 * @typedef {Object} GK.Diagnostic
 * @property {string} rule  a stable id of web/rules.js, e.g. "T3.BALANCE"
 * @property {'error'|'warning'|'info'} severity
 * @property {string} message  Chinese, for the clerk
 * @property {number} [line]
 * @property {number} [column]
 * @property {number} [offset]
 * @property {number} [length]
 * @property {GK.CellRef[]} [cells]  the cells it is about
 * @property {number} [expected]     where a number is at stake
 * @property {number} [actual]
 * @property {GK.Span[]} [related]   other places in the text it points at
 * @property {GK.CellRef[]} [suspects]  T3.SUSPECT / T4.SUSPECT: the one wrong cell
 */

/**
 * @typedef {Object} GK.Coverage  Per table: [found, expected] rows and cells, [evaluated, total]
 *   balance equations.
 * @property {number[]} [rows]
 * @property {number[]} [cells]
 * @property {number[]} [equations]
 */

/**
 * @typedef {Object} GK.Result  The checker's result (json-output.md).
 * @property {string} format  "2021", "2019" (a format id of web/formats.js) or "unknown"
 * @property {'checked'|'partial'|'unchecked'} [verdict]  absent: read as "checked"
 * @property {Object<string, GK.Coverage>} [coverage]  keyed by table key
 * @property {{agency: ?string, year: ?number, period: ?{from: ?string, to: ?string}}} meta
 * @property {{number: number, title: string, line: number}[]} sections
 * @property {{active: ?Object<string, Object<string, ?number|string>>,
 *             applications: ?{columns: string[], rows: Object<string, Array<?number>>},
 *             review_litigation: ?Object<string, Object<string, ?number>>}} tables
 *   a table not in the text is null; a cell not read or blank is null
 * @property {GK.Diagnostic[]} diagnostics  in text order (the page reorders: GK.summary.order)
 * @property {string} [file]         in a batch
 * @property {string} [paired_with]  in a batch
 */

/**
 * @typedef {Object} GK.PageState  What the page's parts share (GK.page, web/page.js).
 * @property {number} seq       the latest text's number
 * @property {number} shownSeq  the number of the result on screen
 * @property {?GK.Result} lastResult  the result on screen
 * @property {string} lastJson  its JSON text, for 下载 JSON
 * @property {number} navIndex  the diagnostic last gone to (-1: none)
 * @property {?Error} checkerBroken  the checker could not start
 * @property {?Date} checkedAt  when the result on screen was checked
 */
