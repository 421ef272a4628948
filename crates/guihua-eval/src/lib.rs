//! guihua's scorer (work in progress: see the evaluation issue).
