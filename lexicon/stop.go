package lexicon

import (
	"strings"

	"golang.org/x/text/language"
)

// Stopword reports whether word is a function word of lang (articles,
// prepositions, pronouns, auxiliaries, particles) that carries no content.
// French and English words are compared in lower case; Chinese words
// exactly.
func Stopword(lang language.Tag, word string) bool {
	switch baseLang(lang) {
	case zhLang:
		return zhStop[word]
	case frLang:
		// "’" is not ASCII: lookupLower leaves words with it to the slow path.
		if strings.Contains(word, "’") {
			return frStop[strings.ToLower(strings.ReplaceAll(word, "’", "'"))]
		}
		return lookupLower(frStop, word)
	case enLang:
		return lookupLower(enStop, word)
	}
	return false
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Our own lists (MIT).
var (
	zhStop = set(`的 了 和 与 及 以及 或 或者 是 在 于 对 对于 将 为 为了 向 等 等等 也 都 已 已经 并 并且 但 但是 而 又 从 到 由 把 被 让 给
		以 之 其 这 那 此 该 各 每 着 过 地 得 所 就 还 很 更 最 才 只 却 则 即 既 如 如果 因 因为 所以 因此 虽然 而且 其中 之一 之间
		这些 那些 这个 那个 这样 一个 一些 我 我们 你 你们 他 他们 她 她们 它 它们 自己 有关 关于 通过 根据 按照 作为 进行 使 上 下 中
		里 内 外 前 后 时 年 月 日 说 称 表示 指出 强调 认为 一 个 位 名 次 项 些 来 去 能 可 可以 会 要 应 应该 需要 没有 不 有 又 呢 吗 吧 啊 第 自 自从 同 各 各位 值 当 此次 这次 乃至 以来 所有 一名 许多 多 比`)
	frStop = set(`le la les l' un une des du de d' au aux à a et ou ni mais donc or car que qu' qui quoi dont où ce cet cette ces
		ça cela ceci celui celle ceux celles il elle ils elles on nous vous je j' tu me m' te t' se s' lui leur leurs son sa ses mon ma mes ton ta tes
		notre nos votre vos en y ne n' pas plus moins très trop aussi ainsi alors comme si sur sous dans par pour avec sans chez vers entre
		depuis pendant avant après contre selon est sont été être était étaient sera seront a ont avait avaient aura auront avoir fait faire
		c' lorsqu' lorsque puisque jusqu' jusque quand tout toute tous toutes autre autres même mêmes tel telle tels telles
		dont celui-ci celle-ci là ici lors dès durant parmi outre auprès envers malgré via eu eue eus ait aient avons avez ayant étant doit doivent devrait devraient pourrait pourraient peut peuvent chaque duquel laquelle lequel lesquels lesquelles auquel auxquels auxquelles desquels déjà encore toujours également notamment afin d'une d'un cette`)
	enStop = set(`a an the and or nor but of in on at to for from by with without as into onto than then so such this that these those
		it its it's he she they them his her their theirs we us our you your i me my mine be is are was were been being am have has had
		do does did not no yes will would shall should can could may might must also very too more most less least there here which who
		whom whose what when where why how all any each every some other another own same sb sth one's oneself someone something etc`)
)
