//! guihua's recognisers: from normalised text to mentions.
//!
//! This crate owns turning a [`guihua_text::NormText`] into non-overlapping,
//! linked [`Tagged`] mentions: the named recognisers (dictionary, one-character
//! abbreviations, project, agency, industry and target patterns), the overlap
//! resolver, place resolution from context, normal forms and canonical ids,
//! and the document's subject and issuers. It reads dictionaries and rule
//! lists as data ([`Resources`]) and must not decode files, build relations or
//! write tables.
//!
//! Recognisers work in byte offsets of the normalised text; [`Tagger::tag`]
//! converts every span once, through the text layer's offset map, into the
//! original code points that [`guihua_model::Mention`] carries.
//!
//! ```
//! use guihua_tag::{Resources, Tagger, TaggerConfig};
//! use guihua_text::{Normaliser, NormOptions};
//! let res = Resources::from_parts(
//!     guihua_dict::Dictionary::from_tsv(
//!         "id\ttype\tsubtype\tname\taliases\tparent\tcode\tattrs\n\
//!          place:330400\tPLACE\tcity\t嘉兴市\t嘉兴\t\t330400\t\n",
//!         "inline.tsv",
//!     ).unwrap(),
//!     guihua_tag::Lists::default(),
//! );
//! let tagger = Tagger::new(TaggerConfig::default());
//! let norm = Normaliser::new(NormOptions::default()).normalise("支持嘉兴发展。");
//! let doc = tagger.tag("支持嘉兴发展。", &norm, &res);
//! assert_eq!(doc.mentions[0].mention.norm, "嘉兴市");
//! assert_eq!((doc.mentions[0].mention.start, doc.mentions[0].mention.end), (2, 4));
//! ```

mod candidate;
mod context;
mod lists;
pub mod names;
pub mod recognisers;
mod resources;
mod scan;
mod tagger;

pub use candidate::{resolve_overlaps, Candidate};
pub use context::{ancestors, DocContext};
pub use lists::{ListError, Lists};
pub use resources::{Resources, TagError};
pub use scan::Scan;
pub use tagger::{Tagged, TaggedDoc, Tagger, TaggerConfig};
