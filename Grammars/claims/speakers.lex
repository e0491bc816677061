# Who speaks in a briefing transcript: a paragraph that opens with one of these and a
# colon (记者：, 发言人：) starts a turn. In a transcript the period in scope runs on
# through the paragraphs of one turn (今年1月… / 具体来看，…) and starts again at the next.
# Once a text is a transcript, a paragraph opening with a name of 2–4 characters and a colon
# that the text said before (the host's 运输司司长李建平, then 李建平：…) starts a turn too; a
# label it never said (注：, 来源：) does not.
记者
发言人
新闻发言人
主持人
主持
问
答
提问
