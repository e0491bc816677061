# Words between a verb and the level it reaches: 回升到, 提升至.
到
至
