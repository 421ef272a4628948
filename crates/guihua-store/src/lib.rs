//! guihua's tables (work in progress: see the foundation issue).
