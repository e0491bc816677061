# Words of averages a person, read by Relations/PerPersonAverages.swift. role=
#   per-person  before an average a person: the figure is a total over a population the text
#               states, divided by it (按2024年末全国总人口140828万人计算，人均水资源量为1977立方米)
#               (not:   人均可支配收入 with no count of people said before it: nothing checked)
#   person      a measure word of a count of people (140828万人, 144 300名), one character;
#               counts nest only in counts of the same measure word or both of people
#               (not:   地震12次，其中…126人 — events and people)
#   population  in the clause of a count of people said before the average's sentence, makes it
#               the population (年末全国总人口140828万人; not: 就业人员74000万人)
人均    role=per-person
人      role=person
名      role=person
位      role=person
人口    role=population
