package vn.rehab.calendar;

/** Where the days off of a year come from. */
public enum DataOrigin {
    /** A days-off-YYYY.yaml file (classpath or override directory) built from the Government's announcements. */
    ANNOUNCED,
    /** No file for the year: Labour Code Art. 112 holidays plus days in lieu (Art. 111(3)) computed here. */
    STATUTORY_FALLBACK
}
