/** Set when the social map's first results are on screen; the browser tests read it as "first render". */
export const FIRST_RESULTS_MARK = "social-map:first-results";
