/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import java.math.BigInteger;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getHost <em>Host</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getGuest <em>Guest</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getQueues <em>Queues</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getRxQueueSize <em>Rx Queue Size</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getTxQueueSize <em>Tx Queue Size</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getTxmode <em>Txmode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getIoeventfd <em>Ioeventfd</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getEventIdx <em>Event Idx</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getIommu <em>Iommu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getAts <em>Ats</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getPacked <em>Packed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getPagePerVq <em>Page Per Vq</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getRss <em>Rss</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getRssHashReport <em>Rss Hash Report</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriver#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver()
 * @model extendedMetaData="name='InterfaceDriver' kind='mixed'"
 * @generated
 */
public interface InterfaceDriver extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' containment reference.
	 * @see #setHost(InterfaceDriverHost)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Host()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='host' kind='element'"
	 * @generated
	 */
	InterfaceDriverHost getHost();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getHost <em>Host</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' containment reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(InterfaceDriverHost value);

	/**
	 * Returns the value of the '<em><b>Guest</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guest</em>' containment reference.
	 * @see #setGuest(InterfaceDriverGuest)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Guest()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='guest' kind='element'"
	 * @generated
	 */
	InterfaceDriverGuest getGuest();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getGuest <em>Guest</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest</em>' containment reference.
	 * @see #getGuest()
	 * @generated
	 */
	void setGuest(InterfaceDriverGuest value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceDriverName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceDriverName
	 * @see #isSetName()
	 * @see #unsetName()
	 * @see #setName(InterfaceDriverName)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Name()
	 * @model unsettable="true"
	 *        extendedMetaData="name='name' kind='attribute'"
	 * @generated
	 */
	InterfaceDriverName getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceDriverName
	 * @see #isSetName()
	 * @see #unsetName()
	 * @see #getName()
	 * @generated
	 */
	void setName(InterfaceDriverName value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetName()
	 * @see #getName()
	 * @see #setName(InterfaceDriverName)
	 * @generated
	 */
	void unsetName();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getName <em>Name</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Name</em>' attribute is set.
	 * @see #unsetName()
	 * @see #getName()
	 * @see #setName(InterfaceDriverName)
	 * @generated
	 */
	boolean isSetName();

	/**
	 * Returns the value of the '<em><b>Queues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queues</em>' attribute.
	 * @see #setQueues(BigInteger)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Queues()
	 * @model dataType="org.vdevstudio.model.domain.PositiveInteger"
	 *        extendedMetaData="name='queues' kind='attribute'"
	 * @generated
	 */
	BigInteger getQueues();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getQueues <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queues</em>' attribute.
	 * @see #getQueues()
	 * @generated
	 */
	void setQueues(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Rx Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rx Queue Size</em>' attribute.
	 * @see #setRxQueueSize(BigInteger)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_RxQueueSize()
	 * @model dataType="org.vdevstudio.model.domain.PositiveInteger"
	 *        extendedMetaData="name='rx_queue_size' kind='attribute'"
	 * @generated
	 */
	BigInteger getRxQueueSize();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRxQueueSize <em>Rx Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rx Queue Size</em>' attribute.
	 * @see #getRxQueueSize()
	 * @generated
	 */
	void setRxQueueSize(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Tx Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tx Queue Size</em>' attribute.
	 * @see #setTxQueueSize(BigInteger)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_TxQueueSize()
	 * @model dataType="org.vdevstudio.model.domain.PositiveInteger"
	 *        extendedMetaData="name='tx_queue_size' kind='attribute'"
	 * @generated
	 */
	BigInteger getTxQueueSize();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getTxQueueSize <em>Tx Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tx Queue Size</em>' attribute.
	 * @see #getTxQueueSize()
	 * @generated
	 */
	void setTxQueueSize(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Txmode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceDriverTxmode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Txmode</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceDriverTxmode
	 * @see #isSetTxmode()
	 * @see #unsetTxmode()
	 * @see #setTxmode(InterfaceDriverTxmode)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Txmode()
	 * @model unsettable="true"
	 *        extendedMetaData="name='txmode' kind='attribute'"
	 * @generated
	 */
	InterfaceDriverTxmode getTxmode();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getTxmode <em>Txmode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Txmode</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceDriverTxmode
	 * @see #isSetTxmode()
	 * @see #unsetTxmode()
	 * @see #getTxmode()
	 * @generated
	 */
	void setTxmode(InterfaceDriverTxmode value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getTxmode <em>Txmode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTxmode()
	 * @see #getTxmode()
	 * @see #setTxmode(InterfaceDriverTxmode)
	 * @generated
	 */
	void unsetTxmode();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getTxmode <em>Txmode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Txmode</em>' attribute is set.
	 * @see #unsetTxmode()
	 * @see #getTxmode()
	 * @see #setTxmode(InterfaceDriverTxmode)
	 * @generated
	 */
	boolean isSetTxmode();

	/**
	 * Returns the value of the '<em><b>Ioeventfd</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ioeventfd</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetIoeventfd()
	 * @see #unsetIoeventfd()
	 * @see #setIoeventfd(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Ioeventfd()
	 * @model unsettable="true"
	 *        extendedMetaData="name='ioeventfd' kind='attribute'"
	 * @generated
	 */
	VirOnOff getIoeventfd();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getIoeventfd <em>Ioeventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ioeventfd</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetIoeventfd()
	 * @see #unsetIoeventfd()
	 * @see #getIoeventfd()
	 * @generated
	 */
	void setIoeventfd(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getIoeventfd <em>Ioeventfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIoeventfd()
	 * @see #getIoeventfd()
	 * @see #setIoeventfd(VirOnOff)
	 * @generated
	 */
	void unsetIoeventfd();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getIoeventfd <em>Ioeventfd</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ioeventfd</em>' attribute is set.
	 * @see #unsetIoeventfd()
	 * @see #getIoeventfd()
	 * @see #setIoeventfd(VirOnOff)
	 * @generated
	 */
	boolean isSetIoeventfd();

	/**
	 * Returns the value of the '<em><b>Event Idx</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Idx</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetEventIdx()
	 * @see #unsetEventIdx()
	 * @see #setEventIdx(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_EventIdx()
	 * @model unsettable="true"
	 *        extendedMetaData="name='event_idx' kind='attribute'"
	 * @generated
	 */
	VirOnOff getEventIdx();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getEventIdx <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Idx</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetEventIdx()
	 * @see #unsetEventIdx()
	 * @see #getEventIdx()
	 * @generated
	 */
	void setEventIdx(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getEventIdx <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEventIdx()
	 * @see #getEventIdx()
	 * @see #setEventIdx(VirOnOff)
	 * @generated
	 */
	void unsetEventIdx();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getEventIdx <em>Event Idx</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Event Idx</em>' attribute is set.
	 * @see #unsetEventIdx()
	 * @see #getEventIdx()
	 * @see #setEventIdx(VirOnOff)
	 * @generated
	 */
	boolean isSetEventIdx();

	/**
	 * Returns the value of the '<em><b>Iommu</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iommu</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetIommu()
	 * @see #unsetIommu()
	 * @see #setIommu(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Iommu()
	 * @model unsettable="true"
	 *        extendedMetaData="name='iommu' kind='attribute'"
	 * @generated
	 */
	VirOnOff getIommu();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getIommu <em>Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iommu</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetIommu()
	 * @see #unsetIommu()
	 * @see #getIommu()
	 * @generated
	 */
	void setIommu(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getIommu <em>Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIommu()
	 * @see #getIommu()
	 * @see #setIommu(VirOnOff)
	 * @generated
	 */
	void unsetIommu();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getIommu <em>Iommu</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Iommu</em>' attribute is set.
	 * @see #unsetIommu()
	 * @see #getIommu()
	 * @see #setIommu(VirOnOff)
	 * @generated
	 */
	boolean isSetIommu();

	/**
	 * Returns the value of the '<em><b>Ats</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ats</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetAts()
	 * @see #unsetAts()
	 * @see #setAts(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Ats()
	 * @model unsettable="true"
	 *        extendedMetaData="name='ats' kind='attribute'"
	 * @generated
	 */
	VirOnOff getAts();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getAts <em>Ats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ats</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetAts()
	 * @see #unsetAts()
	 * @see #getAts()
	 * @generated
	 */
	void setAts(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getAts <em>Ats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAts()
	 * @see #getAts()
	 * @see #setAts(VirOnOff)
	 * @generated
	 */
	void unsetAts();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getAts <em>Ats</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ats</em>' attribute is set.
	 * @see #unsetAts()
	 * @see #getAts()
	 * @see #setAts(VirOnOff)
	 * @generated
	 */
	boolean isSetAts();

	/**
	 * Returns the value of the '<em><b>Packed</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Packed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetPacked()
	 * @see #unsetPacked()
	 * @see #setPacked(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Packed()
	 * @model unsettable="true"
	 *        extendedMetaData="name='packed' kind='attribute'"
	 * @generated
	 */
	VirOnOff getPacked();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getPacked <em>Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetPacked()
	 * @see #unsetPacked()
	 * @see #getPacked()
	 * @generated
	 */
	void setPacked(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getPacked <em>Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPacked()
	 * @see #getPacked()
	 * @see #setPacked(VirOnOff)
	 * @generated
	 */
	void unsetPacked();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getPacked <em>Packed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Packed</em>' attribute is set.
	 * @see #unsetPacked()
	 * @see #getPacked()
	 * @see #setPacked(VirOnOff)
	 * @generated
	 */
	boolean isSetPacked();

	/**
	 * Returns the value of the '<em><b>Page Per Vq</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Per Vq</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetPagePerVq()
	 * @see #unsetPagePerVq()
	 * @see #setPagePerVq(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_PagePerVq()
	 * @model unsettable="true"
	 *        extendedMetaData="name='page_per_vq' kind='attribute'"
	 * @generated
	 */
	VirOnOff getPagePerVq();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getPagePerVq <em>Page Per Vq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Per Vq</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetPagePerVq()
	 * @see #unsetPagePerVq()
	 * @see #getPagePerVq()
	 * @generated
	 */
	void setPagePerVq(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getPagePerVq <em>Page Per Vq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPagePerVq()
	 * @see #getPagePerVq()
	 * @see #setPagePerVq(VirOnOff)
	 * @generated
	 */
	void unsetPagePerVq();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getPagePerVq <em>Page Per Vq</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Page Per Vq</em>' attribute is set.
	 * @see #unsetPagePerVq()
	 * @see #getPagePerVq()
	 * @see #setPagePerVq(VirOnOff)
	 * @generated
	 */
	boolean isSetPagePerVq();

	/**
	 * Returns the value of the '<em><b>Rss</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rss</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetRss()
	 * @see #unsetRss()
	 * @see #setRss(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Rss()
	 * @model unsettable="true"
	 *        extendedMetaData="name='rss' kind='attribute'"
	 * @generated
	 */
	VirOnOff getRss();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRss <em>Rss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rss</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetRss()
	 * @see #unsetRss()
	 * @see #getRss()
	 * @generated
	 */
	void setRss(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRss <em>Rss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRss()
	 * @see #getRss()
	 * @see #setRss(VirOnOff)
	 * @generated
	 */
	void unsetRss();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRss <em>Rss</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rss</em>' attribute is set.
	 * @see #unsetRss()
	 * @see #getRss()
	 * @see #setRss(VirOnOff)
	 * @generated
	 */
	boolean isSetRss();

	/**
	 * Returns the value of the '<em><b>Rss Hash Report</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rss Hash Report</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetRssHashReport()
	 * @see #unsetRssHashReport()
	 * @see #setRssHashReport(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_RssHashReport()
	 * @model unsettable="true"
	 *        extendedMetaData="name='rss_hash_report' kind='attribute'"
	 * @generated
	 */
	VirOnOff getRssHashReport();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRssHashReport <em>Rss Hash Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rss Hash Report</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetRssHashReport()
	 * @see #unsetRssHashReport()
	 * @see #getRssHashReport()
	 * @generated
	 */
	void setRssHashReport(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRssHashReport <em>Rss Hash Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRssHashReport()
	 * @see #getRssHashReport()
	 * @see #setRssHashReport(VirOnOff)
	 * @generated
	 */
	void unsetRssHashReport();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriver#getRssHashReport <em>Rss Hash Report</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rss Hash Report</em>' attribute is set.
	 * @see #unsetRssHashReport()
	 * @see #getRssHashReport()
	 * @see #setRssHashReport(VirOnOff)
	 * @generated
	 */
	boolean isSetRssHashReport();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_Any()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='' kind='elementWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAny();

	/**
	 * Returns the value of the '<em><b>Any Attribute</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Attribute</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriver_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceDriver
