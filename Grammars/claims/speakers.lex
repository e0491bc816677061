# Who speaks in a briefing transcript: a paragraph that opens with one of these and a
# colon (记者：, 发言人：) starts a turn. In a transcript the period in scope runs on
# through the paragraphs of one turn (今年1月… / 具体来看，…) and starts again at the next.
记者
发言人
新闻发言人
主持人
主持
问
答
提问
