### 评审团（议题[6/8]）：评审团成员的页面，UIL有关某次征集的评审团、评分标准和排名的页面，
### 对多份申请的决定，以及档案。

role-jury = 评审团成员
mail-invitation-role-jury = 评审团成员（来自{ $country }的专家）
uil-invite-role-jury = 评审团成员：为分配给其的申请评分的外部专家（请在下方选择其会员国）

## 评审团成员的列表。
jury-title = 待您评分的申请
jury-lead = 以下是UIL分配给您的申请。打开任一申请之前，请说明您与该城市是否存在利益冲突。
jury-nothing-yet = 目前尚未向您分配任何申请。UIL公布分配结果后，您将收到邮件。
jury-col-city = 城市
jury-col-country = 会员国
jury-col-state = 您的进度
jury-state-declare = 请说明是否存在利益冲突
jury-state-to-score = 待评分
jury-state-draft = 草稿已保存
jury-state-handed-in = 已提交
jury-back = 返回您的申请列表

## 与整个国家的利益冲突。
jury-conflicts-title = 与您存在利益冲突的国家
jury-conflicts-own = 系统绝不会向您分配来自您本国（{ $country }）的申请。
jury-conflicts-country = 与您存在利益冲突的其他会员国
jury-conflicts-hint = 例如您工作所在的国家，或您曾为当地城市提供咨询的国家。该国的申请将从您的列表中撤出，且绝不会分配给您。
jury-conflicts-declare = 申报利益冲突
jury-conflicts-withdraw = 撤回

## 打开申请前的申报。
jury-declare-title = 打开{ $city }的申请之前
jury-declare-lead = 评审团成员不得为与其有关联的城市评分，无论这种关联来自工作、家庭，还是曾向该城市提供的咨询。UIL可以看到每一份答复。
jury-declare-legend = 您与{ $city }是否存在利益冲突？
jury-declare-no-conflict = 我与{ $city }不存在利益冲突
jury-declare-conflict = 我存在利益冲突：请将此申请分配给其他评审团成员
jury-declare-reason = 理由（选填）
jury-declare-reason-hint = 仅供UIL查看。最多1000个字符。
jury-declare-submit = 发送我的答复
jury-contact-withheld = 联系人的电话、电子邮件和邮政地址不向评审团成员显示。

## 评估表和评估。
review-your-draft = 您的草稿，保存于{ $when }
review-col-score = 加权得分
review-no-score = –
review-no-spread = 无
review-weight = 权重{ $weight }
review-hand-in = 提交我的评估
review-save-draft = 保存为草稿
# $mean、$median 和 $spread 为保留一位小数的数字；$count 为评估的数量。
review-summary = 平均值{ $mean }，中位数{ $median }，离散度{ $spread }，基于{ $count ->
   *[other] { $count }份评估
}。
review-disagreement = 审查员意见分歧：其评分的离散度（{ $spread }）达到或超过本次征集设定的阈值（{ $threshold }）。

## 公布分配结果时发给评审团成员的邮件。
mail-jury_assignments-subject = { $count ->
   *[other] { $count }份申请待您评分
}：联合国教科文组织全球学习型城市网络
mail-jury_assignments-body = 联合国教科文组织终身学习研究所已向您分配{ $count ->
   *[other] { $count }份申请
}：
mail-jury_assignments-city = { $city }（{ $country }）
mail-jury_assignments-conflicts = 在您打开每份申请之前，系统会询问您与该城市是否存在利益冲突。请使用两步验证登录，以阅读这些申请并为其评分：

## UIL：征集的评分标准。
uil-rubric-title = 标准和权重
uil-rubric-lead = 审查员和评审团成员按1至5分为这些标准评分。每份评估的得分是其各项评分按标准权重计算的加权平均值。请用英文填写每个名称，并尽可能提供其他语言版本。
uil-rubric-frozen = 这些标准已有评分：无法再更改。
uil-rubric-criterion = 标准{ $number }
uil-rubric-weight = 权重（1至10）
uil-rubric-name = 名称（{ $language }）
uil-rubric-description = 说明（{ $language }）
uil-rubric-save = 保存标准
uil-rubric-remove = 删除标准
uil-rubric-add = 添加标准
uil-rubric-threshold-title = 审查员意见分歧时
uil-rubric-threshold = 分歧阈值
uil-rubric-threshold-hint = 当某份申请各项评估得分的离散度（标准差）达到或超过此数值时，该申请即被标记。数值范围为0.1至3.0，通常取1.0。
uil-rubric-threshold-save = 保存阈值

## UIL：征集的评审团。
uil-jury-title = 评审团和分配
uil-jury-lead = 评审团成员只能看到已向其公布的申请，绝不会看到来自其本国或其申报国家的申请，也绝不会看到联系人的详细信息。
uil-jury-invite = 邀请评审团成员
uil-jury-jurors = 评审团成员
uil-jury-no-jurors = 尚无评审团成员。请在工作人员页面邀请他们，角色选择评审团成员，并选定其会员国。
uil-jury-col-declared = 已申报存在利益冲突的国家
uil-jury-col-load = 申请
uil-jury-automatic = 自动分配
uil-jury-k = 每份申请的评审团成员人数
uil-jury-k-hint = 每份仍在等待决定的申请将分配到这一数量的评审团成员，且均不存在利益冲突；每位评审团成员分到的申请数量与其他成员相同，最多相差一份。您可以在公布之前审查分配结果。
uil-jury-automatic-submit = 自动分配
uil-jury-added = { $count ->
   *[other] 已添加{ $count }项分配。
}请审查后再公布。
uil-jury-unpublished = { $count ->
   *[other] 有{ $count }项分配尚未公布。
}
uil-jury-publish = 公布分配结果并通过邮件通知评审团成员
uil-jury-published = { $count ->
    [0] 没有评审团成员获得新的申请。
   *[other] 已公布：已通过邮件向{ $count }位评审团成员发送其申请清单。
}
uil-jury-assignments = 申请及其评审团成员
uil-jury-no-applications = 本次征集没有等待评审团评审的申请。
uil-jury-none-assigned = 尚无评审团成员。
uil-jury-handed-in = 已提交
uil-jury-published-state = 已公布
uil-jury-draft-state = 尚未公布
uil-jury-unassign = 移除
uil-jury-assign-label = 添加评审团成员
uil-jury-assign = 分配
uil-jury-declarations = 利益冲突申报
uil-jury-no-declarations = 尚无评审团成员作出答复。
uil-jury-col-when = 时间
uil-jury-col-juror = 评审团成员
uil-jury-col-answer = 答复
uil-jury-col-reason = 理由
uil-jury-conflict = 存在冲突
uil-jury-no-conflict = 无冲突

## UIL：评审团会议所用的排名。
uil-ranking-title = 排名
uil-ranking-lead = 本次征集中送达UIL的申请，按其评估结果排列。离散度达到或超过{ $threshold }的申请会被标记。
uil-ranking-csv = 下载为CSV
uil-ranking-total = { $count ->
   *[other] { $count }份申请
}
uil-ranking-sort-mean = 平均值从高到低
uil-ranking-sort-median = 中位数从高到低
uil-ranking-sort-spread = 分歧从大到小
uil-ranking-sort-city = 按城市
uil-ranking-sort-country = 按国家
uil-ranking-col-choose = 选择
uil-ranking-choose = 选择{ $city }
uil-ranking-col-rank = 名次
uil-ranking-col-region = 地区
uil-ranking-col-stage = 阶段
uil-ranking-col-mean = 平均值
uil-ranking-col-median = 中位数
uil-ranking-col-spread = 离散度
uil-ranking-col-scored = 已评分的评审团成员
uil-ranking-scored = { $scored }/{ $assigned }
uil-ranking-disagree = 存在分歧

## UIL：同时对多份申请作出决定。
uil-decisions-title = 对所选申请作出决定
uil-decisions-legend = 决定
uil-decisions-accept = 接受
uil-decisions-not-accept = 不予接受
uil-decisions-message = 致各城市及其全国委员会的留言
uil-decisions-message-hint = 所有选定城市将收到同一条留言。
uil-decisions-review = 审查决定
uil-decisions-confirm-title = 确认决定
uil-decisions-confirm-lead = 将对{ $count ->
   *[other] { $count }份申请
}作出以下决定：{ $decision }。在您确认之前不会作出任何决定；确认后，这些决定将全部生效，或全部不生效。
uil-decisions-col-becomes = 决定
uil-decisions-mails = 每个城市将收到以其通信语言撰写的邮件，其全国委员会将收到以其账户语言撰写的邮件。
uil-decisions-confirm = { $count ->
   *[other] 对这{ $count }份申请作出决定
}
uil-decisions-back = 返回排名
uil-decisions-done = { $count ->
   *[other] 已对{ $count }份申请作出决定。
}邮件正在发送中。

## 档案。
uil-dossier = 下载档案（ZIP）
uil-dossier-bulk = 下载这些申请的档案（ZIP）

## 评审团相关的输入问题和拒绝原因。
problem-not-a-weight = 请输入1至10的整数作为权重
problem-not-a-threshold = 请输入0.1至3.0之间的阈值，例如1.0
problem-not-a-juror-count = 请输入1至10之间的整数作为评审团成员人数
refusal-jurors-per-application = 每份申请至少需要一位评审团成员。
refusal-too-few-jurors = 有{ $count ->
   *[other] { $count }份申请
}无法分配到{ $k }位不存在利益冲突的评审团成员。请邀请更多评审团成员，或减少每份申请所需的人数。未作任何分配。
refusal-rubric-frozen = 本次征集的标准已有评分：无法再更改。
refusal-no-rubric = 本次征集尚无评分标准。须由UIL先行设定。
refusal-scores-missing = 还有{ $count ->
   *[other] { $count }项标准
}尚未评分。请为每项标准评分后再提交评估，或将其保存为草稿。
refusal-rubric-full = 每次征集最多可设{ $max }项标准。
refusal-juror-in-conflict = 该评审团成员与此申请存在利益冲突：申请来自其本国或其申报的国家，或其已申报存在冲突。
refusal-too-many-chosen = 每次最多选择{ $max }份申请。
