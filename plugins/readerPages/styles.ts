/**
 * The reader pages' whole stylesheet, inline (one request per page): a neutral, readable look,
 * mobile first, light or dark as the reader's system, AA contrast, visible focus.
 */
export const styles = `
:root{color-scheme:light dark;--text:#1e1e1e;--muted:#4f4f4f;--bg:#fff;--surface:#f4f5f8;--border:#c4c7cc;--accent:#00358e;--open:#0b6b2d;--closed:#a1161c;--focus:#0a76f6}
@media (prefers-color-scheme:dark){:root{--text:#f2f2f2;--muted:#c5c7cc;--bg:#17181c;--surface:#24262c;--border:#4a4d55;--accent:#a9c2ff;--open:#7ee2a0;--closed:#ffb3b6;--focus:#8ab4ff}}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.55;color:var(--text);background:var(--bg)}
body{margin:0}
a{color:var(--accent)}
a:focus-visible,button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;justify-content:space-between;border-bottom:1px solid var(--border)}
.brand{margin:0;font-weight:700}.brand span{font-weight:400;color:var(--muted)}
h1{font-size:1.7rem;line-height:1.25;margin:1rem 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.lead{font-size:1.1rem;color:var(--muted)}
.meta{color:var(--muted);font-size:.95rem}
.card{background:var(--surface);border:1px solid var(--border);border-radius:.5rem;padding:1rem;margin:.75rem 0}
.card h3{margin:0 0 .25rem;font-size:1.05rem}
.button{display:inline-block;background:var(--accent);color:var(--bg);padding:.6rem 1rem;border-radius:.4rem;text-decoration:none;font-weight:600}
.preview{max-width:46rem;margin:1rem auto 0;border:2px dashed var(--closed);background:var(--surface);padding:0 1rem}
.preview iframe{display:block;width:100%;border:1px solid var(--border);background:var(--bg);margin:0 0 1rem}
.notice{border-left:4px solid var(--accent);background:var(--surface);padding:.75rem 1rem}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.9rem;border:1px solid currentColor}
.open{color:var(--open)}.closed{color:var(--closed)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--border)}
img{max-width:100%;height:auto;border-radius:.5rem}
ul.plain{list-style:none;padding:0}
footer{border-top:1px solid var(--border);color:var(--muted);font-size:.9rem;margin-top:2rem}
`
