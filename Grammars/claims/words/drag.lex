# Words for a negative contribution: 进口下拉2.6个百分点.
下拉
拖累
拉低
