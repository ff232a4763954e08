// pdfmake's layout and renderer classes, wrapped by functions/adapters/pdf-tagging.ts. They
// ship as CommonJS without types; the tagging checks their shape when it installs.
declare module 'pdfmake/js/LayoutBuilder.js';
declare module 'pdfmake/js/ElementWriter.js';
declare module 'pdfmake/js/Renderer.js';
