// Every page is prerendered to static HTML: the text is the page, readable before any script runs.
export const prerender = true;
