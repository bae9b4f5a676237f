package lexicon

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// hanvietOnce loads char → Hán-Việt readings (most likely first).
var hanvietOnce = sync.OnceValue(loadHanviet)

func loadHanviet() map[rune][]string {
	m := make(map[rune][]string, 19000)
	eachLine(readData("hanviet.tsv.gz"), func(line []byte) {
		tab := bytes.IndexByte(line, '\t')
		if tab <= 0 {
			return
		}
		r, _ := utf8.DecodeRune(line[:tab])
		m[r] = strings.Fields(string(line[tab+1:]))
	})
	// Readings Vietnamese names use that the tables rank low or lack.
	for r, rs := range nameReadings {
		m[r] = append(strings.Fields(rs), m[r]...)
	}
	for r, rs := range m {
		m[r] = uniq(rs)
	}
	return m
}

// nameReadings are the usual Hán-Việt readings of characters in
// Vietnamese personal names where they differ from the table's first
// reading (our own list).
var nameReadings = map[rune]string{
	'武': "võ vũ", '黄': "hoàng huỳnh", '杨': "dương", '吴': "ngô", '杜': "đỗ",
	'郑': "trịnh", '邓': "đặng", '陈': "trần", '胡': "hồ", '阮': "nguyễn",
	'氏': "thị", '文': "văn", '春': "xuân", '庆': "khánh", '强': "cường",
	'伟': "vĩ", '英': "anh", '廷': "đình", '德': "đức", '红': "hồng",
	'清': "thanh", '青': "thanh", '龙': "long", '玉': "ngọc", '凤': "phượng",
	'芳': "phương", '秋': "thu", '香': "hương", '兰': "lan", '琼': "quỳnh",
}

// Readings returns the Hán-Việt readings of the Han character r, most
// likely first (lower case, with diacritics), or nil if none is known.
func Readings(r rune) []string { return hanvietOnce()[r] }

func uniq(ss []string) []string {
	out := ss[:0]
	for i, s := range ss {
		dup := false
		for _, p := range ss[:i] {
			if p == s {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// variants holds simplified→traditional and traditional→simplified
// character variants.
type variants struct {
	s2t, t2s map[rune][]rune
	trad     *runeSet // the keys of t2s
}

var variantsOnce = sync.OnceValue(loadVariants)

func loadVariants() *variants {
	v := &variants{s2t: map[rune][]rune{}, t2s: map[rune][]rune{}, trad: new(runeSet)}
	eachLine(readData("variants.tsv.gz"), func(line []byte) {
		f := bytes.Split(line, []byte{'\t'})
		if len(f) != 3 {
			return
		}
		k, _ := utf8.DecodeRune(f[1])
		if string(f[0]) == "s" {
			v.s2t[k] = []rune(string(f[2]))
		} else {
			v.t2s[k] = []rune(string(f[2]))
			v.trad.add(k)
		}
	})
	return v
}

// anyTrad reports whether s may hold a traditional character (or invalid
// UTF-8, which Simplified replaces).
func (v *variants) anyTrad(s string) bool {
	for _, r := range s {
		if r >= 0x10000 || r == utf8.RuneError || v.trad.has(r) {
			return true
		}
	}
	return false
}

// Simplified returns s with traditional characters replaced by their
// simplified forms.
func Simplified(s string) string {
	v := variantsOnce()
	if !v.anyTrad(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if ss := v.t2s[r]; len(ss) > 0 {
			if _, isTrad := v.s2t[r]; !isTrad {
				r = ss[0]
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Surname reports whether r is a common Vietnamese or Chinese surname
// character (阮 Nguyễn, 陈 Trần, 黎 Lê, 范 Phạm, …).
func Surname(r rune) bool { return surnameSet.has(r) }

// vietSurname reports whether r is one of the common Vietnamese surnames.
func vietSurname(r rune) bool { return vietSurnameSet.has(r) }

// vietSurnames is the byte length of the Vietnamese part of surnames.
var vietSurnames = len("阮陈黎范黄潘武邓裴杜胡吴杨李丁何郑林梅苏陶段卢刘朱谭蔡孔阳农高钟甘韦邹申戴冯曹蒋翁罗谢姜洪侯阎尹管田宋鲁马")

// surnames: Vietnamese surnames as written in Chinese first, then the most
// common Chinese ones.
const surnames = "阮陈黎范黄潘武邓裴杜胡吴杨李丁何郑林梅苏陶段卢刘朱谭蔡孔阳农高钟甘韦邹申戴冯曹蒋翁罗谢姜洪侯阎尹管田宋鲁马" +
	"王张赵周徐孙郭梁韩唐于董萧程袁许傅沈曾彭吕贾魏叶钱汪崔任陆廖方石金邵孟秦白江薛雷龙史贺毛郝顾龚万覃严汤康易乔赖施辛柯庄祝"
