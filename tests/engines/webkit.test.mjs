// The core journeys in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver; run under
// xvfb-run, as scripts/test.sh does).
import { journeys } from './journeys.mjs';

journeys('webkit');
