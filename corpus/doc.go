// Package corpus reads news articles (plain text, saved HTML pages, JSON
// Lines), cleans them (captions, datelines, signatures, related-headline
// lists, duplicated leads, glued words), detects their language and splits
// them into sentences.
//
// # Input
//
// [Load] takes files and directories. Directories are walked recursively in
// lexical order; inside them only article files are read (.txt, .html,
// .htm, .jsonl) and everything else (gold.tsv, README.md, hidden files) is
// ignored silently. A file of another type named explicitly is a [Skip].
// With no path, Load reads the embedded seed articles of package seeds.
//
// Document IDs are the path as the user wrote it joined with the path inside
// a directory, with forward slashes ("seeds/000_f996f5f846c92957.txt"); a
// JSON Lines record is identified by its "id" or by FILE:LINE.
//
//   - .txt: the first non-empty line is the title, the rest is the body.
//   - .html, .htm: the title is og:title, else the first h1, else <title>
//     without its site name; the body is the text of the <article> (or
//     <main>, or an articleBody-like element) when the page marks one, else
//     of the whole page, without scripts, navigation, headers, footers,
//     forms, figure captions and elements whose class or id names page
//     furniture (menu, related, share, comment, ads, …). The date comes from
//     article:published_time or <time>, the URL from og:url or the
//     canonical link.
//   - .jsonl: one JSON object per line with a "text" string; "id", "title",
//     "lang", "date" and "url" are optional. A bad line is a Skip naming
//     FILE:LINE; the other lines still load.
//
// Text is UTF-8 with or without BOM, UTF-16 with a BOM, or GB18030/GBK:
// detected when the bytes are not UTF-8 but decode to Chinese text, or
// chosen with [Options].Encoding.
//
// Bad input never crashes and never disappears: empty, binary, invalid
// UTF-8 (the reason names the byte offset), unknown language (anything but
// Chinese, French and English, e.g. "language: vi"), too large
// ([Options].MaxSize, 20 MB by default) and unreadable inputs each become a
// Skip with a reason. Only a path that does not exist is an error
// ([ErrNotExist]).
//
// # Cleaning
//
// Cleaning works line by line on rules meant for many outlets, not on the
// strings of particular pages. Every removal is kept in
// [Document.Removed] with its line and reason, every repaired word in
// [Document.Repairs]:
//
//   - related-headlines: everything after a line such as "更多", "相关新闻",
//     "相关阅读", "Voir plus", "Lire aussi" or "source" once article text
//     was seen; related-link: a line starting with ">>".
//   - caption: the agency's "<title> ảnh 1<caption>" blocks and lines ending
//     in a photo credit ("Photo: VNA", "Photo : X/VNA/CVN", "图自越通社",
//     "(图片来源:…)", "(圖源:…)", "——图片:…", "(陈海 摄)", "(法新社)"); body
//     text glued after a credit is kept.
//   - dateline: "越通社河内——", "越通社河内2月20日电", "(越南.河内15日综合电)",
//     "Hanoï (VNA) –", "Hanoi, 20 février (VNA) -", "(VOVWORLD) -" and
//     reporter credits ("越通社驻东京记者报道,") at the start of a
//     paragraph; the sentence stays.
//   - signature: "(越通社-VNA)", "(完)", "(VNA)", "-VNA", "VNA/CVN", a
//     trailing "越通社", "(来源:…)", "责任编辑:…".
//   - duplicate-lead, duplicate-title, duplicate: the summary printed again
//     after the dateline (kept once), the headline repeated in the body,
//     repeated lines.
//   - date-stamp: " date 2024-07" stamps and time-stamp lines, which become
//     [Document.Date]; boilerplate, menu, link, not-text: advertisements,
//     share bars, app banners, language menus, short Vietnamese-language
//     menu lines, script debris.
//
// French lines broken inside a sentence are joined back, and French words
// glued by a lost line break ("dugouvernement", "l’e-gouvernementà",
// "servicespublics", "TienDung") are split when the token is unknown to a
// general French word list (data/fr_words.txt.gz, see data/NOTICE) and
// splits into a function word and a known word, or into two words the list
// knows that are long or used elsewhere in the same document. Inflections
// of known words and capitalised names are left alone.
//
// # Language and sentences
//
// [Detect] counts Han against Latin letters, then votes with function words
// on Latin text; Chinese is "Hans" or "Hant" by characters that differ
// between the scripts. [Split] cuts paragraphs into sentences per language.
package corpus
