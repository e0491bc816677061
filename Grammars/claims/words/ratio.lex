# Words before one quantity as a multiple of another.
相当于
是
为
达到
