import type { Router } from 'vue-router';

/** Links inside Leaflet popups are plain DOM: route them through the router instead of reloading. */
export function routeLink(router: Router, href: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void router.push(href);
  });
  return link;
}
