import type {ClientModule} from '@docusaurus/types';

/**
 * A wide Markdown table scrolls sideways inside the page; a keyboard user can scroll it only if it can take focus
 * (WCAG 2.1.1, axe-core's scrollable-region-focusable). Code blocks already can; tables get the same.
 */
function makeScrollableTablesFocusable(): void {
  document.querySelectorAll<HTMLTableElement>('.markdown table').forEach((table) => {
    if (table.scrollWidth > table.clientWidth && !table.hasAttribute('tabindex')) table.tabIndex = 0;
  });
}

const module: ClientModule = {
  onRouteDidUpdate() {
    // After the new page has rendered.
    window.requestAnimationFrame(makeScrollableTablesFocusable);
  },
};

export default module;
