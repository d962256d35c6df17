import { wordSet } from './wordSet';

/**
 * Words that fill bylines and credits without being names: desks, wires, formats and outlets
 * whose names look like a person's ("By STAFF WRITER", "By Agence France-Presse", "By LIVE BLOG").
 * A byline that holds one names no person, in normal case or in capitals.
 */
export const BYLINE_FILLERS = wordSet(
  `Staff Staffer Desk Wire Wires Writer Writers Reporters Editors Editorial Newsroom Bureau Team Guest
  Contributor Contributors Online Digital Web Media Agencies Network Radio Television Daily Weekly
  Special Sponsored Content Partner Report Reports Admin Correspondents Photos Images Pool Handout
  Agence Presse France-Presse Welle Insider Blog Live Brief Briefing Newsletter Digest Bulletin
  Roundup Update Updates Explainer Opinion Analysis Podcast Briefs`,
);
