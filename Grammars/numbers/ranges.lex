# Words joining the two ends of a range: 10%至15%, 两到三成, 5-8个, 10%~12%.
至      range
到      range
-       range
—       range
–       range
~       range
〜      range
