// The core journeys in Firefox (Debian's firefox-esr, headless, through geckodriver).
import { journeys } from './journeys.mjs';

journeys('firefox');
