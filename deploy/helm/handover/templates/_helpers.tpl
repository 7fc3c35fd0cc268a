{{- define "handover.labels" -}}
app.kubernetes.io/name: handover
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "handover.selector" -}}
app.kubernetes.io/name: handover
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "handover.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "handover.backupImage" -}}
{{ .Values.backups.image.repository }}:{{ .Values.backups.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "handover.podSecurity" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "handover.containerSecurity" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
{{- end -}}
