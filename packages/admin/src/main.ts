/** The console's entry: defines `<civic-console>` (index.html puts it on the page). */
import './console-app.js';
