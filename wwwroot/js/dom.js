// Small DOM helpers: every piece of server text goes in as text, never as markup. Styles go through the CSSOM
// (style.cssText), which the Content-Security-Policy allows, never through a style attribute, which it blocks.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'style') node.style.cssText = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function formatDate(value, precision) {
  if (!value) return null;
  const d = value.slice(0, 10);
  if (precision === 'year') return d.slice(0, 4);
  if (precision === 'month') return d.slice(0, 7);
  return d;
}
