package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// matchPeopleRef is matchPeople without the indexes: every person of a
// against every person of b.
func matchPeopleRef(a, b []person) (int, []NamePair) {
	used := make([]bool, len(b))
	var pairs []NamePair
	for _, pa := range a {
		for j, pb := range b {
			if used[j] {
				continue
			}
			if ka, kb, ok := samePerson(pa, pb); ok {
				used[j] = true
				pairs = append(pairs, NamePair{Left: pa.text, Right: pb.text, LeftKey: ka, RightKey: kb})
				break
			}
		}
	}
	return len(pairs), pairs
}

// The indexed matching finds the same people, in the same order, as
// comparing everyone with everyone, on every pair of seed articles
// (including an article with itself) and on names made to share tokens.
func TestMatchPeopleIndex(t *testing.T) {
	ps, _ := seedProfiles(t)
	lists := [][]person{}
	for _, p := range ps {
		lists = append(lists, p.people, p.leadPeople)
	}
	var made []person
	for _, n := range [][]string{
		{"mai tien dung"}, {"tien dung"}, {"dung"}, {"mai tien"}, {"nguyen van a"}, {"nguyen van b", "van b"},
		{"mikhail mamonov"}, {"mamonov"}, {"mikhail"}, {"le hoai trung", "hoai trung"},
	} {
		made = append(made, newPerson(n[0], n))
	}
	lists = append(lists, made, append(append([]person(nil), made[3:]...), made[:3]...))
	matched := 0
	for _, a := range lists {
		for _, b := range lists {
			var bloomA, bloomB uint64
			for _, p := range a {
				bloomA |= p.bloom
			}
			for _, p := range b {
				bloomB |= p.bloom
			}
			var got []NamePair
			n := matchPeople(a, b, personIndex(a), personIndex(b), bloomA, bloomB, &got)
			wantN, want := matchPeopleRef(a, b)
			matched += wantN
			if n != wantN || !cmp.Equal(got, want) {
				t.Fatalf("matchPeople = %d %v, want %d %v", n, got, wantN, want)
			}
		}
	}
	if matched == 0 {
		t.Fatal("no people matched at all: the test compares nothing")
	}
}
