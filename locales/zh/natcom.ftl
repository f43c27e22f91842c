# 全国委员会的页面：其面板（本会员国的申请）、单个申请及对其作出的决定，以及将申请退回城市后的页面。

## 句中的名称列表：“里昂、里尔和南锡”。
natcom-list-separator = {"、"}
natcom-list-last = {"和"}
natcom-colon = {"："}

## 面板。
natcom-no-call-title = 目前没有申请征集
natcom-no-call-text = UIL发布下一次征集后，其申请将显示在此处。
natcom-dashboard-title = { $country }联合国教科文组织全国委员会
natcom-sent = { $count ->
   *[other] 已向UIL提交{ $count }份申请：{ $cities }。
}
natcom-held-heading = 未提交UIL
natcom-held-text = 以下已推荐的申请尚无已签署的推荐函或签署人。请在各申请页面上填写第2部分，然后重新提交：
natcom-nothing-sent = 没有可提交的内容：没有待提交的已推荐申请。
natcom-submit-by = 向UIL提交的截止时间
natcom-deadline-left = { $deadline }：{ $left }
natcom-deadline-extended-left = { $deadline }（UIL已延期）：{ $left }
natcom-endorsements = 推荐名额
natcom-endorsements-used = 已使用{ $used }个推荐名额，共{ $quota }个
natcom-still-to-decide = 待决定
natcom-to-decide-count = { $count ->
   *[other] { $count }份申请
}
natcom-quota-used-heading = 您已用完全部{ $quota }个推荐名额。
natcom-quota-used-text = 如需推荐其他城市，请先在相关申请页面上撤销您的一项推荐；已提交UIL的申请不能撤销。
natcom-applications-from = { $country }的申请
natcom-no-applications = { $country }尚无城市提交申请。
natcom-applications-caption = { $country }各城市提交的申请
natcom-col-city = 城市
natcom-col-stage = 阶段
natcom-col-submitted = 提交时间
natcom-col-signed = 已签署的推荐函
natcom-tag-to-decide = 待决定
natcom-signed-uploaded = 已上传
natcom-signed-missing = 缺失
natcom-submit-heading = 提交UIL
natcom-deadline-passed = 全国委员会的截止时间已过：{ $deadline }。
natcom-endorse-first = 请先推荐申请，然后在{ $deadline }之前在此处连同已签署的推荐函一并提交。
natcom-ready = 可提交：{ $cities }。
natcom-unsigned = 等待上传已签署的推荐函，上传前不会发送：{ $cities }。
natcom-submit-button = 向UIL提交已推荐的申请
natcom-submit-hint = 截止时间之前可以多次提交。申请提交后即不能再撤销。
natcom-nothing-submitted-title = 未向UIL提交任何申请
natcom-back-to-applications = 返回您的申请列表

## 单个申请。
natcom-application-title = { $city } – 全国委员会
natcom-back-to-country = 返回{ $country }的申请
natcom-application-heading = { $city }的申请
natcom-submitted-on = 提交于{ $when }。
natcom-printable = 打印版
natcom-quota-and-deadline = 已使用{ $used }个推荐名额，共{ $quota }个。请在{ $deadline }之前作出决定。
natcom-not-in-its-hands = 该申请{ $stage }：全国委员会无需再对其作出任何决定。
natcom-endorsement-heading = 推荐
natcom-signed-missing-strong = 缺少已签署的推荐函。
natcom-signed-missing-text = 请在提交UIL之前上传。
natcom-officer-name = 签署人姓名
natcom-officer-title = 签署人职务
natcom-note = 备注（可选）
natcom-signed-label = 已签署的推荐函（PDF）
natcom-signed-label-replace = 已签署的推荐函（PDF）：已上传；仅在需要替换时选择文件
natcom-save-endorsement = 保存推荐
natcom-endorse-heading = 推荐该申请
natcom-signed-hint = 可以稍后添加；提交UIL之前必须上传。
natcom-endorse-button = 推荐{ $city }
natcom-decline-heading = 拒绝该申请
natcom-reason-label = 拒绝理由（将告知城市）
natcom-decline-button = 拒绝{ $city }
natcom-return-heading = 退回城市
natcom-return-label = 城市应修改哪些内容？
natcom-return-button = 退回城市
natcom-take-back-heading = 撤销决定
natcom-take-back-text = 该申请将恢复为未决定状态。
natcom-take-back-text-endorsed = 该申请将恢复为未决定状态，其推荐名额可用于其他城市。
natcom-take-back-button = 撤销决定
natcom-documents = 文件
natcom-file-size = （{ $size }）
natcom-progress = 进展
natcom-timeline-entry = { $who }：{ $what }
natcom-not-given = 未填写

## 将申请退回城市之后。
natcom-returned-title = 已退回{ $city }
natcom-returned-heading = { $city }的申请已退回该城市
natcom-returned-text = 在城市截止时间之前，该城市可以修改申请并重新提交。已通过电子邮件将退回原因连同您的留言告知该城市。
natcom-returned-text-mailed = 在城市截止时间之前，该城市可以修改申请并重新提交。已通过电子邮件（{ $recipients }）将退回原因连同您的留言告知该城市。
natcom-returned-draft = 在城市重新提交之前，该申请恢复为草稿：不会出现在您的列表中。

## 操作台：一步完成比较、排序、选择、推荐和发送。

# 推荐名额指示：“已使用2个推荐名额，共3个 · 还剩11天，截止时间：2023年6月30日 23:59 AoE”。
natcom-meter = { $endorsed } · { $left }，截止时间：{ $deadline }
natcom-compare-link = 并列比较各份申请、排定顺序并作出选择
natcom-compare-title = { $country }的申请并列比较
natcom-compare-caption = { $country }已提交的申请，每列一份
natcom-compare-show = 显示
natcom-compare-show-button = 显示所选申请
natcom-compare-stage = 阶段
natcom-compare-completeness = 答案
natcom-compare-complete = 完整
natcom-compare-lacking = 缺少{ $count }项答案
natcom-compare-signed = 已签署的文件
natcom-compare-signatures = 承诺书：{ $pledge }；第2部分：{ $part2 }
natcom-yes = 是
natcom-no = 否
natcom-compare-order = 您的排序（1为第一）
natcom-compare-order-of = { $city }在您的排序中的位次
natcom-compare-choose = 选择
natcom-compare-choose-city = 选择{ $city }
natcom-compare-save-order = 保存排序
natcom-compare-order-saved = 您的排序已保存；您的同事也能看到。
natcom-compare-review-chosen = 审阅所选申请
natcom-event-ranked = 将其列为全国委员会排序中的第{ $rank }位
natcom-event-unranked = 将其从全国委员会的排序中移除
natcom-confirm-title = 推荐并发送至UIL
natcom-confirm-back = 返回比较页面
natcom-confirm-lead = 这些申请将全部获得推荐并一并发送至UIL，否则均不处理：请检查每份申请是否均已具备第2部分。
natcom-confirm-col-part2 = 第2部分
natcom-confirm-part2-ready = 签署人信息和已签署的第2部分均已齐备
natcom-confirm-button = 推荐{ $count }份申请并发送至UIL
natcom-confirm-hint = 城市和UIL将收到邮件通知。此后，申请由UIL审查。
natcom-save-part2-button = 保存第2部分，暂不作决定
